package org.pressroom.media;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class TimecodeTests {

    @Test
    void everyWayPeopleWriteATimeIsRead() {
        assertThat(Timecode.seconds("00:01:05", 25)).isEqualTo(65.0);
        assertThat(Timecode.seconds("1:05.5", 25)).isEqualTo(65.5);
        assertThat(Timecode.seconds("65.25", 25)).isEqualTo(65.25);
        assertThat(Timecode.seconds(" 01:00:00.040 ", 25)).isEqualTo(3600.04, within(1e-9));
        assertThat(Timecode.seconds("00:00:02:12", 25)).isEqualTo(2.48, within(1e-9));
        assertThat(Timecode.seconds("00:00:01;15", 30000 / 1001.0)).isEqualTo(1 + 15 / (30000 / 1001.0), within(1e-9));
    }

    @Test
    void whatIsNotATimeIsRefusedWithWhatToWrite() {
        assertThatThrownBy(() -> Timecode.seconds("1:2:3:4:5", 25)).hasMessageContaining("is not a time");
        assertThatThrownBy(() -> Timecode.seconds("", 25)).hasMessageContaining("is not a time");
        assertThatThrownBy(() -> Timecode.seconds("00:61:00", 25)).hasMessageContaining("more than 59");
        assertThatThrownBy(() -> Timecode.seconds("00:00:01:25", 25)).hasMessageContaining("frame 25");
        assertThatThrownBy(() -> Timecode.seconds("00:00:01:12", 0)).hasMessageContaining("counts frames");
        assertThatThrownBy(() -> Timecode.seconds("-5", 25)).hasMessageContaining("is not a time");
        assertThatThrownBy(() -> Timecode.seconds("1e3", 25)).hasMessageContaining("is not a time");
    }

    @Test
    void secondsAreWrittenAsAClockWithMillisecondsOnlyWhenThereAreSome() {
        assertThat(Timecode.format(65)).isEqualTo("00:01:05");
        assertThat(Timecode.format(2.48)).isEqualTo("00:00:02.480");
        assertThat(Timecode.format(3725.5)).isEqualTo("01:02:05.500");
        assertThat(Timecode.seconds(Timecode.format(2.48), 25)).isEqualTo(2.48, within(1e-9));
    }
}
