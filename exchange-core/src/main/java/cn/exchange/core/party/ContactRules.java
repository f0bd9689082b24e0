package cn.exchange.core.party;

import java.util.regex.Pattern;

/** The form of contact data the exchange accepts: mainland mobile numbers, e-mail addresses, phone numbers. */
public final class ContactRules {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,185}\\.[A-Za-z]{2,24}");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{7,20}");

    private ContactRules() {
    }

    public static boolean isMobile(String s) {
        return s != null && MOBILE.matcher(s.trim()).matches();
    }

    public static boolean isEmail(String s) {
        return s != null && s.length() <= 200 && EMAIL.matcher(s.trim()).matches();
    }

    public static boolean isPhone(String s) {
        return s != null && PHONE.matcher(s.trim()).matches();
    }

    /** Trims, and turns an empty string into null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
