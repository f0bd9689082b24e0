package cn.exchange.core.listing;

/**
 * A project's public number (docs/rules.md §9), e.g. {@code DH2026CQ000012}: the exchange's code
 * ({@code exchange.code}), the year the project was registered, the category's two-letter code and a six-digit sequence
 * that never repeats across categories. Lots are numbered after it ({@code DH2026CQ000012-1}); contracts and
 * certificates quote it.
 *
 * @param exchangeCode the exchange's code: 1–6 capital letters
 * @param year         the registration year (Asia/Shanghai)
 * @param category     the project's category
 * @param sequence     from 1; printed with at least six digits
 */
public record ProjectNumber(String exchangeCode, int year, Category category, long sequence) {

    public ProjectNumber {
        requireValidCode(exchangeCode);
        if (year < 1000 || year > 9999 || category == null || sequence < 1) {
            throw new IllegalArgumentException("year " + year + ", category " + category + ", sequence " + sequence);
        }
    }

    /** The exchange's code as configured, or a refusal naming the setting (checked when the exchange starts). */
    public static String requireValidCode(String exchangeCode) {
        if (exchangeCode == null || !exchangeCode.matches("[A-Z]{1,6}")) {
            throw new IllegalArgumentException("exchange.code must be 1 to 6 capital letters, not " + exchangeCode);
        }
        return exchangeCode;
    }

    /** The category's code in the number. */
    public static String code(Category c) {
        return switch (c) {
            case EQUITY_TRANSFER -> "CQ";
            case CAPITAL_INCREASE -> "ZZ";
            case ADMINISTRATIVE_ASSET -> "XZ";
            case LAND_USE_RIGHT -> "TD";
            case OPERATING_RIGHT -> "JY";
            case LICENCE_PLATE -> "HP";
            case FINANCIAL_ASSET -> "JR";
            case COURT_ENTRUSTED -> "SS";
            case BANKRUPTCY_ASSET -> "PC";
            case NON_STATE_ASSET -> "FG";
            case ENTERPRISE_ASSET -> "ZC";
        };
    }

    @Override
    public String toString() {
        return String.format("%s%d%s%06d", exchangeCode, year, code(category), sequence);
    }
}
