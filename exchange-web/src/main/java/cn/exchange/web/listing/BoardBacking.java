package cn.exchange.web.listing;

import cn.exchange.core.listing.Category;
import cn.exchange.core.listing.ListingStatus;
import cn.exchange.ejb.listing.BoardFilter;
import cn.exchange.ejb.listing.BoardRow;
import cn.exchange.ejb.listing.BoardService;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.primefaces.model.LazyDataModel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

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
    /** The page of the list (1 the first) and its length, in the address too: {@code &page=3&rows=50}. */
    private int page = 1;
    private int rows = 20;
    private List<String> regions;
    private final LazyDataModel<BoardRow> model = new BoardRows(this);

    @PostConstruct
    void init() {
        regions = board.regions();
    }

    /**
     * The search is the page's address: the filter goes into the URL by a redirect, so a visitor can
     * bookmark or share it and the back button returns to the previous search.
     */
    public String search() {
        page = 1;
        return "/board?faces-redirect=true&includeViewParams=true";
    }

    // the URL's parameters, read leniently (BoardParams)

    public String getCategoryParam() { return category == null ? null : category.name(); }
    public void setCategoryParam(String v) { category = BoardParams.parse(Category.class, v); }
    /** "all" for every public status; absent means the default, the running announcements. */
    public String getStatusParam() { return status == null ? "all" : status.name(); }
    public void setStatusParam(String v) {
        ListingStatus s = BoardParams.parse(ListingStatus.class, v);
        status = s != null && ListingStatus.PUBLIC.contains(s) ? s : "all".equals(v) ? null : ListingStatus.PUBLISHED;
    }
    public String getMinParam() { return minPrice == null ? null : minPrice.toPlainString(); }
    public void setMinParam(String v) { minPrice = BoardParams.amount(v); }
    public String getMaxParam() { return maxPrice == null ? null : maxPrice.toPlainString(); }
    public void setMaxParam(String v) { maxPrice = BoardParams.amount(v); }
    public String getSortParam() { return "endsAt".equals(sort) ? null : sort; }
    public void setSortParam(String v) { sort = BoardParams.sort(v); }
    public String getPageParam() { return page == 1 ? null : Integer.toString(page); }
    public void setPageParam(String v) { page = BoardParams.page(v); }
    public String getRowsParam() { return rows == 20 ? null : Integer.toString(rows); }
    public void setRowsParam(String v) { rows = BoardParams.rows(v); }
    /** The list's first row, from the address's page (a page beyond the last shows the last). */
    public int getFirst() { return (page - 1) * rows; }
    public void setFirst(int v) { page = v / Math.max(1, rows) + 1; }
    public int getRows() { return rows; }
    public void setRows(int v) { rows = BoardParams.rows(v); }

    /**
     * A visitor turned a page or chose another length: the address follows (replaced, not added to the history), so
     * that reloading, bookmarking or sharing it shows the same page.
     */
    public void paged(org.primefaces.event.data.PageEvent e) {
        org.primefaces.component.datatable.DataTable table = (org.primefaces.component.datatable.DataTable) e.getComponent();
        rows = BoardParams.rows(table.getRows());
        page = e.getPage() + 1;
        org.primefaces.PrimeFaces.current().executeScript("history.replaceState(history.state, '', '" + address() + "')");
    }

    /** The board's address for the current search and page (every value URL-encoded). */
    public String address() {
        return BoardParams.address(new String[][] {{"q", getKeywordParam()}, {"category", getCategoryParam()},
            {"region", getRegionParam()}, {"status", "PUBLISHED".equals(getStatusParam()) ? null : getStatusParam()},
            {"min", getMinParam()}, {"max", getMaxParam()}, {"sort", getSortParam()}, {"page", getPageParam()},
            {"rows", getRowsParam()}});
    }
    public String getRegionParam() { return region; }
    public void setRegionParam(String v) { region = BoardParams.region(v); }
    public String getKeywordParam() { return keyword; }
    public void setKeywordParam(String v) { keyword = BoardParams.keyword(v); }

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
