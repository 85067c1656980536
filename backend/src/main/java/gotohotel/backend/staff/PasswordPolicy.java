package gotohotel.backend.staff;

import com.nulabinc.zxcvbn.Zxcvbn;
import gotohotel.backend.domain.InvalidInputException;
import gotohotel.backend.domain.InvalidInputException.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be (decision 38, after NIST SP 800-63B): at least {@value #MIN_LENGTH} characters, at
 * most {@value #MAX_BYTES} bytes (all bcrypt reads), and not guessable — zxcvbn's estimate, with the common and
 * breached password lists it ships (no network), must reach score {@value #MIN_SCORE} of 4, the person's own name
 * and the product's counting as known words. No composition rules. The password is never logged.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;
    static final int MIN_SCORE = 3;

    private final Zxcvbn estimator = new Zxcvbn();

    /** @throws InvalidInputException naming {@code field} when the password is refused */
    void check(String field, String password, String username, String displayName) {
        String refusal = refusal(password, username, displayName);
        if (refusal != null) {
            throw new InvalidInputException(List.of(new Violation(field, refusal)));
        }
    }

    private String refusal(String password, String username, String displayName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return "must be at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "must be at most " + MAX_BYTES + " bytes (about 24 Korean or 72 Latin characters)";
        }
        if (password.chars().anyMatch(Character::isISOControl)) {
            return "must not contain control characters";
        }
        var known = Stream.of(username, displayName, "gotohotel", "goto hotel", "hotel", "password")
                .filter(word -> word != null && !word.isBlank())
                .map(word -> word.toLowerCase(Locale.ROOT)).toList();
        var strength = estimator.measure(password, known);
        try {
            if (strength.getScore() >= MIN_SCORE) {
                return null;
            }
            String warning = strength.getFeedback().getWarning(Locale.ENGLISH);
            return "is too easy to guess" + (warning == null || warning.isBlank() ? "" : " (" + warning + ")")
                    + ": use a longer phrase of several unrelated words";
        } finally {
            strength.wipe();
        }
    }
}
