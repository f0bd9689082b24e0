package cn.exchange.web.supervision;

import cn.exchange.core.supervision.Report;
import cn.exchange.ejb.supervision.SupervisionQuery;
import cn.exchange.ejb.supervision.SupervisionService;
import cn.exchange.web.shell.Bundle;
import cn.exchange.web.shell.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

import java.io.Serializable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Reports per period, agency, region or category: the table, a bar chart of valuation against deal value
 * and a line of the appreciation rate (Chart.js through p:chart), and the same filters as links to XLSX, CSV and PDF.
 */
@Named
@ViewScoped
public class ReportsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    SupervisionService supervision;

    private String by = "CATEGORY";
    private LocalDate from;
    private LocalDate to;
    private String agency;
    private String region;
    private String category;
    private List<Report.Row> rows;

    @PostConstruct
    void load() {
        run();
    }

    public void run() {
        List<Report.Row> r = Pages.attempt("filters", () -> supervision.report(new SupervisionQuery(from, to, agency, region, category,
                null, null, null, null), Report.By.valueOf(by)));
        rows = r == null ? List.of() : r;
    }

    /** Valuation and deal value per group (bars), appreciation rate (line, right axis); the total row left out. */
    /**
     * The chart (one value axis on the left in 万元 — in English CNY million —, the appreciation rate
     * on its own axis on the right without a second grid, labels in the reader's language, a group without a sale
     * leaves a gap in the rate line instead of a misleading 0 %).
     */
    public String getChart() {
        Bundle texts = Bundle.of(jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
        BigDecimal unit = new BigDecimal(texts.english() ? 1_000_000 : 10_000);
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder valuation = Json.createArrayBuilder();
        JsonArrayBuilder deals = Json.createArrayBuilder();
        JsonArrayBuilder rate = Json.createArrayBuilder();
        for (Report.Row r : rows) {
            if (r.group().equals("合计")) {
                continue;
            }
            labels.add(r.group());
            valuation.add(r.valuation().divide(unit, 2, java.math.RoundingMode.HALF_UP));
            deals.add(r.dealValue().divide(unit, 2, java.math.RoundingMode.HALF_UP));
            if (r.appreciationPct() == null) {
                rate.addNull();
            } else {
                rate.add(r.appreciationPct());
            }
        }
        String amounts = texts.text("report.chart.unit");
        String open = texts.english() ? " (" : "（";
        String close = texts.english() ? ")" : "）";
        return Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder().add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("label", texts.text("report.valuation") + open + amounts + close).add("data", valuation)
                                .add("backgroundColor", "#7b8794").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("label", texts.text("report.dealValue") + open + amounts + close).add("data", deals)
                                .add("backgroundColor", "#b4282d").add("yAxisID", "y"))
                        .add(Json.createObjectBuilder().add("type", "line").add("label", texts.text("report.rate")).add("data", rate)
                                .add("borderColor", "#1b7f3b").add("backgroundColor", "#1b7f3b").add("spanGaps", false).add("yAxisID", "rate"))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")))
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("grid", Json.createObjectBuilder().add("display", false)))
                                .add("y", Json.createObjectBuilder().add("type", "linear").add("position", "left").add("beginAtZero", true)
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", amounts)))
                                .add("rate", Json.createObjectBuilder().add("type", "linear").add("position", "right")
                                        .add("grid", Json.createObjectBuilder().add("drawOnChartArea", false))
                                        .add("title", Json.createObjectBuilder().add("display", true).add("text", texts.text("report.rate"))))))
                .build().toString();
    }

    /** The query string the export links carry (the same filters). */
    public String getExportQuery() {
        StringBuilder q = new StringBuilder("?by=").append(by);
        append(q, "from", from == null ? null : from.toString());
        append(q, "to", to == null ? null : to.toString());
        append(q, "agency", agency);
        append(q, "region", region);
        append(q, "category", category);
        return q.toString();
    }

    private static void append(StringBuilder q, String k, String v) {
        if (v != null && !v.isBlank()) {
            q.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        }
    }

    public Report.By[] getGroupings() { return Report.By.values(); }
    public cn.exchange.core.listing.Category[] getCategories() { return cn.exchange.core.listing.Category.values(); }
    public List<Report.Row> getRows() { return rows; }
    public String getBy() { return by; }
    public void setBy(String v) { by = v; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate v) { from = v; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate v) { to = v; }
    public String getAgency() { return agency; }
    public void setAgency(String v) { agency = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { category = v; }
}
