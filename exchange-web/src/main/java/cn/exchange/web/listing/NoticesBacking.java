package cn.exchange.web.listing;

import cn.exchange.core.listing.NoticeKind;
import cn.exchange.ejb.listing.BoardService;
import cn.exchange.ejb.listing.NoticePage;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import java.util.Arrays;
import java.util.List;

/**
 * The public notices list (公告列表): every notice the exchange published, newest first, searched by
 * words and kind. The search is a GET form, so its state is the page's address ({@code ?q=…&kind=…&page=…}): a
 * visitor bookmarks or shares a search, and the back button returns to it. Parameters that do not parse are ignored
 * (an unknown kind means every kind, a bad page the first), never an error page.
 */
@Named
@RequestScoped
public class NoticesBacking {

    static final int PAGE_SIZE = 20;

    @EJB
    BoardService board;

    private String q;
    private String kind;
    private String page;
    private NoticePage result;

    public void load() {
        result = board.searchNotices(q, kindOrNull(), (pageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    NoticeKind kindOrNull() {
        return Arrays.stream(NoticeKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
    }

    /** The page asked for, from 1; anything else is the first. */
    public int pageNumber() {
        try {
            int p = Integer.parseInt(page == null ? "1" : page.trim());
            return p < 1 || p > 50_000 ? 1 : p;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int getPages() {
        return (int) Math.max(1, (result.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isHasPrevious() { return pageNumber() > 1; }
    public boolean isHasNext() { return pageNumber() < getPages(); }
    public int getPrevious() { return pageNumber() - 1; }
    public int getNext() { return pageNumber() + 1; }
    public int getCurrent() { return pageNumber(); }
    public NoticePage getResult() { return result; }
    public List<NoticeKind> getKinds() { return List.of(NoticeKind.values()); }
    public String getQ() { return q; }
    public void setQ(String v) { q = v == null ? null : v.strip(); }
    /** The kind as chosen, or "" for every kind (an unknown one included). */
    public String getKind() { NoticeKind k = kindOrNull(); return k == null ? "" : k.name(); }
    public void setKind(String v) { kind = v; }
    public String getPage() { return page; }
    public void setPage(String v) { page = v; }
}
