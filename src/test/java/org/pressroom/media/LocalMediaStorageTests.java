package org.pressroom.media;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalMediaStorageTests {

    @TempDir
    Path root;

    @Test
    void aStoredFileHasItsSizeAndChecksumAndNothingElseIsLeftBeside() throws IOException {
        LocalMediaStorage storage = new LocalMediaStorage(root);

        var stored = storage.store("photos/1/web.jpg", new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

        assertThat(stored.size()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(storage.find("photos/1/web.jpg")).isPresent();
        try (var files = Files.list(root.resolve("photos/1"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("web.jpg");
        }
    }

    @Test
    void keysThatLeaveTheStorageAreRefusedAndNeverFound() {
        LocalMediaStorage storage = new LocalMediaStorage(root);

        for (String key : new String[] {"../outside.jpg", "photos/../../x", "/etc/passwd", "photos//x", "Photos/X.jpg", ""}) {
            assertThatThrownBy(() -> storage.store(key, InputStream.nullInputStream())).as(key).isInstanceOf(IllegalArgumentException.class);
            assertThat(storage.find(key)).as(key).isEmpty();
        }
    }

    @Test
    void aFailedWriteLeavesNoFileUnderTheKey() {
        LocalMediaStorage storage = new LocalMediaStorage(root);
        InputStream broken = new InputStream() {
            private int sent;

            @Override
            public int read() throws IOException {
                if (sent++ > 1000) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };

        assertThatThrownBy(() -> storage.store("photos/2/high.jpg", broken)).isInstanceOf(IOException.class);
        assertThat(storage.find("photos/2/high.jpg")).isEmpty();
        assertThat(root.resolve("photos/2").toFile().list()).isEmpty();
    }
}
