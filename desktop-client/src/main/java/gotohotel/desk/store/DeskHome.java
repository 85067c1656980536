package gotohotel.desk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The desk's own directory: {@code $GOTOHOTEL_DESK_HOME}, by default {@code ~/.gotohotel-desk}, owner only. */
public record DeskHome(Path directory) {

    public static final String VARIABLE = "GOTOHOTEL_DESK_HOME";
    static final String STORE_FILE = "desk.db";
    private static final Set<PosixFilePermission> OWNER_DIRECTORY = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    public static DeskHome from(Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        Path directory = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".gotohotel-desk") : Path.of(configured);
        return new DeskHome(directory.toAbsolutePath());
    }

    /**
     * Creates the directory if it is missing and makes it, and the store's files, its owner's only (0700 and 0600,
     * where the file system knows permissions): the store holds every guest's name and phone and the staff's
     * password hashes, and a directory made earlier (by hand, an older desk, a copy) may be open to others. SQLite
     * gives its journal files the store file's permissions.
     */
    public DeskHome created() {
        try {
            boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
            if (!Files.isDirectory(directory)) {
                if (posix) {
                    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(OWNER_DIRECTORY));
                } else {
                    Files.createDirectories(directory);
                }
            }
            if (posix) {
                Files.setPosixFilePermissions(directory, OWNER_DIRECTORY);
                Path store = storeFile();
                if (!Files.exists(store)) {
                    Files.createFile(store, PosixFilePermissions.asFileAttribute(OWNER_FILE));
                }
                for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
                    Path file = directory.resolve(STORE_FILE + suffix);
                    if (Files.exists(file)) {
                        Files.setPosixFilePermissions(file, OWNER_FILE);
                    }
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the desk directory " + directory
                    + " (it must be this user's own)", e);
        }
    }

    /**
     * This computer and this folder, hashed: the machine id where the system has one (Linux), the host name
     * otherwise, and the folder's real path. A store opened under another fingerprint was copied or moved.
     */
    String fingerprint() {
        String machine = MACHINE_ID_FILES.stream().map(Path::of).filter(Files::isReadable).map(DeskHome::firstLine)
                .filter(id -> !id.isBlank()).findFirst().orElseGet(DeskHome::hostName);
        String folder;
        try {
            folder = directory.toRealPath().toString();
        } catch (IOException e) {
            folder = directory.toAbsolutePath().normalize().toString();
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((machine + "\n" + folder).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> MACHINE_ID_FILES = List.of("/etc/machine-id",
            "/var/lib/dbus/machine-id");

    private static String firstLine(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst().orElse("").strip();
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return System.getProperty("user.name", "desk");
        }
    }

    public Path storeFile() {
        return directory.resolve(STORE_FILE);
    }
}
