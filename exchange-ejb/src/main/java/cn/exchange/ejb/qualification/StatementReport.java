package cn.exchange.ejb.qualification;

import cn.exchange.core.qualification.StatementFile;

import java.util.List;

/**
 * What a statement import did: credits in the file, new ones recorded, ones already recorded by an earlier import
 * (skipped — importing the same statement twice changes nothing), matched deposits, credits left for the clerk, and the
 * malformed lines.
 */
public record StatementReport(int credits, int recorded, int alreadyImported, int matched, int unmatched,
                              List<StatementFile.Problem> problems) {
}
