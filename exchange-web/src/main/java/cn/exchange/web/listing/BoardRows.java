package cn.exchange.web.listing;

import cn.exchange.ejb.listing.BoardPage;
import cn.exchange.ejb.listing.BoardRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.util.List;
import java.util.Map;

/**
 * The board's lazily paged table ({@link BoardBacking}): each page of rows is one search of the board with the
 * bean's filter, the database doing the paging; the count and the rows of the same page share one search.
 */
final class BoardRows extends LazyDataModel<BoardRow> {

    private static final long serialVersionUID = 1L;
    private final BoardBacking backing;
    private transient BoardPage last;
    private int lastFirst = -1;
    private int lastSize = -1;

    BoardRows(BoardBacking backing) {
        this.backing = backing;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page(0, 1).total();
    }

    @Override
    public List<BoardRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        BoardPage p = page(first, pageSize);
        setRowCount((int) p.total());
        return p.rows();
    }

    private BoardPage page(int first, int size) {
        if (last == null || first != lastFirst || size != lastSize) {
            last = backing.board.search(backing.filter(), first, size);
            lastFirst = first;
            lastSize = size;
        }
        return last;
    }

    @Override
    public String getRowKey(BoardRow row) {
        return Long.toString(row.lotId());
    }

    @Override
    public BoardRow getRowData(String rowKey) {
        return null;
    }
}
