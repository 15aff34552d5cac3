package org.pressroom.system;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.pressroom.TestDataDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataDirectoryTests {

    @Test
    void aMissingDirectoryIsCreatedAndLocked() throws Exception {
        Path root = TestDataDirectory.fresh("data-dir").resolve("nested/data");

        try (DataDirectory directory = DataDirectory.open(root)) {
            assertThat(directory.path()).isEqualTo(root.toAbsolutePath());
            assertThat(Files.isDirectory(root)).isTrue();
            assertThat(Files.readString(root.resolve(DataDirectory.LOCK_FILE))).isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }

    @Test
    void aDirectoryThatCannotBeCreatedStopsStartUpWithWhatToDo() throws Exception {
        Path file = Files.createFile(TestDataDirectory.fresh("data-dir").resolve("a-file"));

        assertThatThrownBy(() -> DataDirectory.open(file.resolve("data")))
                .isInstanceOf(StartupFailure.class)
                .hasMessageContaining("The data directory " + file.resolve("data") + " cannot be written")
                .satisfies(failure -> assertThat(((StartupFailure) failure).action()).contains("--pressroom.data-dir="));
    }

    @Test
    void aDirectoryInUseByAnotherPressroomIsRefused() {
        Path root = TestDataDirectory.fresh("data-dir");
        try (DataDirectory first = DataDirectory.open(root)) {
            assertThatThrownBy(() -> DataDirectory.open(root))
                    .isInstanceOf(StartupFailure.class)
                    .hasMessageContaining("Another Pressroom (process " + ProcessHandle.current().pid() + ") is already using the data directory");
        }
    }

    @Test
    void closingReleasesTheDirectoryForTheNextStart() {
        Path root = TestDataDirectory.fresh("data-dir");
        DataDirectory.open(root).close();

        try (DataDirectory again = DataDirectory.open(root)) {
            assertThat(again.path()).isEqualTo(root);
        }
    }
}
