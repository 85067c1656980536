package gotohotel.backend.security;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;

/**
 * Writes secrets so that no other user can ever read them: the file is born {@code 0600} (a temporary
 * file created with those permissions, written, synced, then moved or linked into place atomically),
 * never written first and restricted after. Directories it creates are {@code 0700}.
 */
public final class SecretFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SecretFiles() {
    }

    /** Creates the directory (and missing parents) readable by the owner only; leaves an existing one alone. */
    public static void createPrivateDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            Files.createDirectories(directory, attributes("rwx------"));
        }
    }

    /** Writes the secret, replacing any previous file, atomically and owner-only from its first byte. */
    public static void write(Path file, String content) throws IOException {
        Path temporary = temporaryWith(file, content);
        try {
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Writes the secret only if the file does not exist yet (a hard link cannot replace a file, so two
     * processes racing on a fresh home end up with one secret); returns whether this call created it.
     */
    public static boolean createIfAbsent(Path file, String content) throws IOException {
        if (Files.exists(file)) {
            return false;
        }
        Path temporary = temporaryWith(file, content);
        try {
            Files.createLink(file, temporary);
            return true;
        } catch (FileAlreadyExistsException raced) {
            return false;
        } catch (UnsupportedOperationException | IOException noHardLinks) {
            if (Files.exists(file)) {
                return false;
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static Path temporaryWith(Path file, String content) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        createPrivateDirectory(directory);
        Path temporary = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.createFile(temporary, attributes("rw-------"));
        try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            var bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return temporary;
    }

    private static FileAttribute<?>[] attributes(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString(permissions))} : new FileAttribute<?>[0];
    }
}
