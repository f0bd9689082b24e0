package cn.exchange.web.supervision;

import cn.exchange.core.security.Permission;
import cn.exchange.core.shared.DomainException;
import cn.exchange.core.supervision.LotFacts;
import cn.exchange.core.supervision.RedFlags;
import cn.exchange.core.supervision.Report;
import cn.exchange.ejb.supervision.ReportExport;
import cn.exchange.ejb.supervision.SupervisionQuery;
import cn.exchange.ejb.supervision.SupervisionService;
import cn.exchange.web.security.Allowed;
import cn.exchange.web.shell.ShellBean;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The supervisors' API: reports and their exports, the search of lots and red flags. A lot's trail and the replay of
 * its auction are {@link LotTrailResource}'s, under {@code /api/supervision/lots/{lotId}}. Every endpoint reads; none
 * changes anything.
 */
@Path("supervision")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupervisionResource {

    /** The filters every report and search takes, all optional (dates yyyy-MM-dd, amounts in yuan). */
    public static class Filter {
        @QueryParam("from") String from;
        @QueryParam("to") String to;
        @QueryParam("agency") String agency;
        @QueryParam("region") String region;
        @QueryParam("category") String category;
        @QueryParam("bidder") String bidder;
        @QueryParam("project") String project;
        @QueryParam("min") BigDecimal min;
        @QueryParam("max") BigDecimal max;
        @QueryParam("by") String by;

        SupervisionQuery query() {
            return new SupervisionQuery(date("from", from), date("to", to), agency, region, category, bidder, project, min, max);
        }

        Report.By grouping() {
            try {
                return by == null || by.isBlank() ? Report.By.CATEGORY : Report.By.valueOf(by);
            } catch (IllegalArgumentException e) {
                throw new DomainException("by", "common.invalid");
            }
        }

        private static LocalDate date(String field, String v) {
            try {
                return v == null || v.isBlank() ? null : LocalDate.parse(v.strip());
            } catch (DateTimeParseException e) {
                throw new DomainException(field, "common.invalid");
            }
        }
    }

    @EJB
    SupervisionService supervision;
    @Inject
    ShellBean shell;

    @GET
    @Path("report")
    @Allowed(Permission.REPORT_READ)
    @Operation(summary = "The report rows (?by=AGENCY|REGION|CATEGORY|MONTH|ALL and the filters), the total last")
    public List<Report.Row> report(@BeanParam Filter f) {
        return supervision.report(f.query(), f.grouping());
    }

    @GET
    @Path("report.xlsx")
    @Allowed(Permission.REPORT_READ)
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The report as XLSX")
    public Response xlsx(@BeanParam Filter f) {
        return file(ReportExport.xlsx(supervision.report(f.query(), f.grouping()), title(f)), "report.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @GET
    @Path("report.csv")
    @Allowed(Permission.REPORT_READ)
    @Produces("text/csv")
    @Operation(summary = "The report as CSV (UTF-8 with BOM, formula-injection safe)")
    public Response csv(@BeanParam Filter f) {
        return file(ReportExport.csv(supervision.report(f.query(), f.grouping())), "report.csv", "text/csv; charset=utf-8");
    }

    @GET
    @Path("report.pdf")
    @Allowed(Permission.REPORT_READ)
    @Produces("application/pdf")
    @Operation(summary = "The report as PDF")
    public Response pdf(@BeanParam Filter f) {
        return file(ReportExport.pdf(supervision.report(f.query(), f.grouping()), title(f), shell.getNameZh()), "report.pdf",
                "application/pdf");
    }

    @GET
    @Path("lots")
    @Allowed(Permission.REPORT_READ)
    @Operation(summary = "Search lots by project number, agency, bidder, category, region, period and amount")
    public List<LotFacts> lots(@BeanParam Filter f) {
        return supervision.facts(f.query());
    }

    @GET
    @Path("flags")
    @Allowed(Permission.REDFLAG_READ)
    @Operation(summary = "Every red flag with its evidence on the lots the filters select")
    public List<RedFlags.Flag> flags(@BeanParam Filter f) {
        return supervision.flags(f.query());
    }

    private static String title(Filter f) {
        return "交易情况报表（" + (f.from == null ? "" : f.from) + " 至 " + (f.to == null ? "" : f.to) + "，按 " + f.grouping() + "）";
    }

    private static Response file(byte[] content, String name, String type) {
        return Response.ok(content, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
