package cn.exchange.ejb.listing;

import java.util.List;

/** A page of the public notices list: the notices, the total matching, and where the page starts. */
public record NoticePage(List<NoticeView> rows, long total, int offset, int limit) {
}
