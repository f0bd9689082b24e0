package cn.exchange.ejb.listing;

import java.util.List;

/** A page of the board: the rows, the total matching, and where the page starts. */
public record BoardPage(List<BoardRow> rows, long total, int offset, int limit) {
}
