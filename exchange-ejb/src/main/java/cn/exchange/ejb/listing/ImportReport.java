package cn.exchange.ejb.listing;

import java.util.List;

/**
 * What a batch import did: how many lot rows the file held, how many were saved, and every problem by row and field.
 * With problems and without the clerk's explicit partial acceptance nothing is saved ({@code saved == 0}).
 */
public record ImportReport(int rows, int saved, boolean partial, List<BatchImport.RowProblem> problems) {
}
