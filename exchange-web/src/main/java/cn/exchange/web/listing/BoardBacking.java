package cn.exchange.web.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.listing.BoardFilter;
import cn.exchange.ejb.listing.BoardPage;
import cn.exchange.ejb.listing.BoardRow;
import cn.exchange.ejb.listing.BoardService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The public listing board: filters, sort and a lazily paged table (the database does the paging). */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BoardService board;

    private String keyword;
    private Category category;
    private String region;
    private BigDecimal minPrice;
    private BigDecimal maxPrice;
    private ListingStatus status = ListingStatus.PUBLISHED;
    private String sort = "endsAt";
    private List<String> regions;
    private final LazyDataModel<BoardRow> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;
        private transient BoardPage last;
        private int lastFirst = -1;
        private int lastSize = -1;

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
                last = board.search(filter(), first, size);
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
    };

    @PostConstruct
    void init() {
        regions = board.regions();
    }

    public void search() {
        // the table re-reads its first page with the new filter
    }

    BoardFilter filter() {
        return new BoardFilter(keyword, category, region, minPrice, maxPrice, status, null, null, sort);
    }

    public LazyDataModel<BoardRow> getModel() { return model; }
    public Category[] getCategories() { return Category.values(); }
    public List<ListingStatus> getStatuses() {
        return List.copyOf(ListingStatus.PUBLIC);
    }
    public List<String> getRegions() { return regions; }
    public String getKeyword() { return keyword; }
    public void setKeyword(String v) { keyword = v; }
    public Category getCategory() { return category; }
    public void setCategory(Category v) { category = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public BigDecimal getMinPrice() { return minPrice; }
    public void setMinPrice(BigDecimal v) { minPrice = v; }
    public BigDecimal getMaxPrice() { return maxPrice; }
    public void setMaxPrice(BigDecimal v) { maxPrice = v; }
    public ListingStatus getStatus() { return status; }
    public void setStatus(ListingStatus v) { status = v; }
    public String getSort() { return sort; }
    public void setSort(String v) { sort = v; }
}
