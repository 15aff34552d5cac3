package org.pressroom.delivery;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Range header asks of a 10,000-byte file. */
class ByteRangesTests {

    private static ByteRanges parse(String header) {
        return ByteRanges.parse(header, 10_000, 16);
    }

    @Test
    void singleRangesInTheirThreeForms() {
        assertThat(parse("bytes=0-0").ranges()).containsExactly(new ByteRanges.Range(0, 0));
        assertThat(parse("bytes=-500").ranges()).containsExactly(new ByteRanges.Range(9_500, 9_999));
        assertThat(parse("bytes=500-").ranges()).containsExactly(new ByteRanges.Range(500, 9_999));
        assertThat(parse("bytes=-20000").ranges()).as("a suffix longer than the file is all of it")
                .containsExactly(new ByteRanges.Range(0, 9_999));
        assertThat(parse("Bytes = 1-2 ").ranges()).containsExactly(new ByteRanges.Range(1, 2));
    }

    @Test
    void severalRangesKeepTheirOrderUnlessTheyOverlap() {
        assertThat(parse("bytes=900-999, 0-99").ranges()).containsExactly(new ByteRanges.Range(900, 999), new ByteRanges.Range(0, 99));
        assertThat(parse("bytes=50-150,0-99,900-").ranges()).containsExactly(new ByteRanges.Range(0, 150), new ByteRanges.Range(900, 9_999));
    }

    @Test
    void whatCannotBeUsedIsIgnoredAndTheWholeFileSent() {
        for (String header : new String[] {null, "", "bytes=", "bytes=,", "items=0-1", "bytes=500-100", "bytes=abc", "bytes=-",
                "bytes=1-2-3", "bytes=--5", "bytes=+1-2", "bytes=0-1;x", "bytes 0-1"}) {
            assertThat(parse(header).outcome()).as(String.valueOf(header)).isEqualTo(ByteRanges.Outcome.WHOLE);
        }
    }

    @Test
    void moreThanTheMostRangesIsTheWholeFile() {
        String sixteen = "bytes=" + String.join(",", java.util.stream.IntStream.range(0, 16).mapToObj(i -> i * 100 + "-" + (i * 100 + 9)).toList());
        assertThat(parse(sixteen).ranges()).hasSize(16);
        assertThat(parse(sixteen + ",5000-5001").outcome()).isEqualTo(ByteRanges.Outcome.WHOLE);
    }

    @Test
    void rangesPastTheEndAreUnsatisfiableAndOverflowingNumbersSafe() {
        for (String header : List.of("bytes=10000-", "bytes=-0", "bytes=99999999999999999999999-", "bytes=20000-30000,-0")) {
            assertThat(parse(header).outcome()).as(header).isEqualTo(ByteRanges.Outcome.UNSATISFIABLE);
        }
        assertThat(parse("bytes=10-99999999999999999999999").ranges()).containsExactly(new ByteRanges.Range(10, 9_999));
        assertThat(parse("bytes=9999-99999999999999999999999,20000-").ranges()).containsExactly(new ByteRanges.Range(9_999, 9_999));
        assertThat(ByteRanges.parse("bytes=0-", 0, 16).outcome()).as("an empty file has no byte to give").isEqualTo(ByteRanges.Outcome.UNSATISFIABLE);
    }
}
