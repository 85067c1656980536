package gotohotel.desk.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhoneNumberTests {

    @ParameterizedTest(name = "[{0}] is shown as [{1}]")
    @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            // mobile numbers, however written
            "010-1234-5678|010-1234-5678",
            "01012345678|010-1234-5678",
            "010 1234 5678|010-1234-5678",
            "010.1234.5678|010-1234-5678",
            "(010) 1234-5678|010-1234-5678",
            " 010-1234-5678 |010-1234-5678",
            "+82 10-1234-5678|010-1234-5678",
            "+821012345678|010-1234-5678",
            "+82 (0)10 1234 5678|010-1234-5678",
            "0082-10-1234-5678|010-1234-5678",
            // the older mobile prefixes, with three or four digits in the middle
            "0111234567|011-123-4567",
            "016-1234-5678|016-1234-5678",
            "0191234567|019-123-4567",
            // Seoul and the other areas
            "021234567|02-123-4567",
            "0212345678|02-1234-5678",
            "02123456789|02123456789",
            "+82 2 1234 5678|02-1234-5678",
            "0311234567|031-123-4567",
            "05112345678|051-1234-5678",
            // internet telephony, toll free, personal numbers, representative numbers
            "07012345678|070-1234-5678",
            "0801234567|080-123-4567",
            "05051234567|0505-123-4567",
            "15881234|1588-1234",
            "1644 5678|1644-5678",
            // not recognised: shown as it is
            "+1 415 555 0100|+1 415 555 0100",
            "+81-3-1234-5678|+81-3-1234-5678",
            "1234|1234",
            "010-1234-567|010-1234-567",
            "010-1234-5678 ext. 12|010-1234-5678 ext. 12",
            "call the front desk|call the front desk"
    })
    void showsKoreanNumbersTheWayAKoreanReceptionistWritesThem(String stored, String shown) {
        assertThat(PhoneNumber.display(stored)).isEqualTo(shown);
    }

    @Test
    void noNumberShowsNothingAndAnInternationalPrefixGivesTheDigitsDialledInKorea() {
        assertThat(PhoneNumber.display(null)).isNull();
        assertThat(PhoneNumber.display("")).isEmpty();
        assertThat(PhoneNumber.national("+82 10-1234-5678")).isEqualTo("01012345678");
        assertThat(PhoneNumber.national("010-1234-5678")).isEqualTo("01012345678");
        assertThat(PhoneNumber.national("+1 415 555 0100")).isNull();
        assertThat(PhoneNumber.national("kim")).isNull();
    }
}
