package cn.exchange.ejb.qualification;

import java.util.List;

/**
 * The documents of one application (rule 38): those uploaded, oldest first, the kinds the application requires, and
 * the required kinds still missing (staff cannot find it qualified while any is).
 */
public record ApplicationDocumentsView(long applicationId, String bidderKind, boolean throughAgent, List<String> required,
                                       List<String> missing, List<ApplicationDocumentView> documents) {
}
