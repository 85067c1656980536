package gotohotel.desk.text;

import java.util.regex.Pattern;

/**
 * A phone number as a Korean receptionist writes it ({@code 010-1234-5678}, {@code 02-123-4567},
 * {@code 1588-1234}) from however the server holds it: with or without dashes, spaces, dots, parentheses or a
 * {@code +82} prefix. For display and search only; the stored value stays as the server gave it. A number this
 * class does not recognise (another country's, an extension, a typo) is shown as it is.
 */
public final class PhoneNumber {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]+");

    private PhoneNumber() {
    }

    /** The number in the Korean way, or {@code phone} unchanged when it is not a Korean number read here. */
    public static String display(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = national(phone);
        if (digits == null) {
            return phone;
        }
        int n = digits.length();
        if (digits.startsWith("02")) {                                   // Seoul: 02-123-4567, 02-1234-5678
            return n == 9 || n == 10 ? group(digits, 2, n - 4) : phone;  // no other area code starts 02
        }
        if (digits.startsWith("050") && (n == 11 || n == 12)) {          // personal numbers: 0505-123-4567
            return group(digits, 4, n - 4);
        }
        if (digits.startsWith("010") && n != 11) {                       // every 010 number has eight digits after it
            return phone;
        }
        if (digits.startsWith("0") && !digits.startsWith("00") && (n == 10 || n == 11)) {
            return group(digits, 3, n - 4);                                // 010-1234-5678, 011-123-4567, 031-…, 070-…
        }
        if (n == 8 && (digits.startsWith("15") || digits.startsWith("16") || digits.startsWith("18"))) {
            return digits.substring(0, 4) + "-" + digits.substring(4);    // representative numbers: 1588-1234
        }
        return phone;
    }

    /**
     * The digits of a Korean number as dialled inside Korea ({@code +82 10-…} → {@code 010…}), or null when
     * {@code text} holds anything but digits, separators and a leading {@code +} (or is another country's number).
     */
    public static String national(String text) {
        if (text == null) {
            return null;
        }
        String compact = SEPARATORS.matcher(text).replaceAll("");
        if (!DIGITS.matcher(compact).matches()) {
            return null;
        }
        if (compact.startsWith("+82") || compact.startsWith("0082")) {
            String rest = compact.substring(compact.startsWith("+") ? 3 : 4);
            return rest.startsWith("0") ? rest : "0" + rest;   // +82 (0)10 … is written too
        }
        return compact.startsWith("+") ? null : compact;
    }

    private static String group(String digits, int first, int last) {
        return digits.substring(0, first) + "-" + digits.substring(first, last) + "-" + digits.substring(last);
    }
}
