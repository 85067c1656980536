package gotohotel.desk.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/** The desk's own directory: {@code $GOTOHOTEL_DESK_HOME}, by default {@code ~/.gotohotel-desk}, owner only. */
public record DeskHome(Path directory) {

    public static final String VARIABLE = "GOTOHOTEL_DESK_HOME";
    static final String STORE_FILE = "desk.db";

    public static DeskHome from(Map<String, String> environment) {
        String configured = environment.get(VARIABLE);
        Path directory = configured == null || configured.isBlank()
                ? Path.of(System.getProperty("user.home"), ".gotohotel-desk") : Path.of(configured);
        return new DeskHome(directory.toAbsolutePath());
    }

    /** Creates the directory (0700 where the file system knows permissions) if it is missing. */
    public DeskHome created() {
        try {
            if (!Files.isDirectory(directory)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(directory,
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(directory);
                }
            }
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the desk directory " + directory, e);
        }
    }

    public Path storeFile() {
        return directory.resolve(STORE_FILE);
    }
}
