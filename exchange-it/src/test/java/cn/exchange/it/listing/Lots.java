package cn.exchange.it.listing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test data for listings: lots and projects as the API takes them, and batch files, dated from the exchange's {@code today}. */
public final class Lots {

    private Lots() {
    }

    public static Map<String, Object> lot(LocalDate today, String title, String valuation, String price, String deposit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("description", "测试标的");
        m.put("location", "北京市西城区");
        m.put("region", "北京");
        m.put("appraiser", "北京中天华资产评估有限责任公司");
        m.put("valuationBaseDate", today.minusMonths(2).toString());
        m.put("appraisedValue", new java.math.BigDecimal(valuation));
        m.put("listingPrice", new java.math.BigDecimal(price));
        m.put("deposit", new java.math.BigDecimal(deposit));
        m.put("increment", new java.math.BigDecimal("10000.00"));
        m.put("biddingMethod", "ONLINE_ASCENDING");
        m.put("extensionAllowed", true);
        return m;
    }

    static Map<String, Object> project(String title, String category, List<Map<String, Object>> lots) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("category", category);
        m.put("entrustedBy", "某市机关事务管理局");
        m.put("media", "北京日报、法制日报");
        m.put("lots", lots);
        return m;
    }

    /** A CSV of {@code n} used official vehicles; {@code badRow} (file row, header = 1) gets a 40 % deposit, 0 for none. */
    static String vehicles(LocalDate today, int n, int badRow) {
        StringBuilder b = new StringBuilder("\uFEFF标的名称,所在地区,坐落,评估机构,评估基准日,评估值,挂牌价,保证金,加价幅度,交易方式,可否延期\n");
        String base = today.minusMonths(1).toString();
        for (int i = 1; i <= n; i++) {
            int fileRow = i + 1;
            String deposit = fileRow == badRow ? "20000.00" : "5000.00";
            b.append("公务用车 京A·").append(String.format("%05d", i)).append(",北京,北京市东城区,北京某评估公司,").append(base)
                    .append(",").append(40000 + i).append(".00,").append(40000 + i).append(".00,").append(deposit)
                    .append(",500.00,网络竞价,是\n");
        }
        return b.toString();
    }
}
