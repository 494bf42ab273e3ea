package io.credsync.vendor.basip.dispatch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.credsync.model.credential.CardEncoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WiegandNumbersTest {

    @ParameterizedTest
    @CsvSource({
            // value, encoding, panel mode, written
            "44, DECIMAL, decimal, 44",
            "44, DECIMAL, hex, 00:2C",
            "44, HEX, decimal, 68",
            "44, HEX, hex, 00:44",
            "0A:1B, , decimal, 2587",
            "0a-1b, , hex, 0A:1B",
            "9999999999, DECIMAL, decimal, 9999999999",
            "12345678901, DECIMAL, decimal, 02:DF:DC:1C:35",
            "44, HEX, , 00:44",
            "44, DECIMAL, , 44",
            "44, , hex, 44"})
    void shouldWriteTheNumberThePanelReadsAsTheCard(String value, CardEncoding encoding, String mode,
            String written) {
        assertThat(WiegandNumbers.forPanel(value, encoding, mode)).isEqualTo(written);
    }

    @Test
    void shouldRefuseANumberThatIsNotOfItsEncodingWithoutQuotingIt() {
        assertThatThrownBy(() -> WiegandNumbers.forPanel("4G", CardEncoding.HEX, "decimal"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("4G");
    }

    @Test
    void shouldRefuseANumberLongerThanEightBytes() {
        assertThatThrownBy(() -> WiegandNumbers.forPanel("01:02:03:04:05:06:07:08:09", null, "hex"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
