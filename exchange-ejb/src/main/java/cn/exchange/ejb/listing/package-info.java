/**
 * Listing use cases: project registration, batch import, publishing and changing listings, the scheduled end of
 * announcements, the public board and its feed.
 *
 * <p>How the services of this module reach the database. JPQL is declared as named queries on the entities
 * ({@code @NamedQuery}, "Entity.purpose"; those of Application, Deal and Lot in META-INF/orm.xml, to keep the classes
 * short), so the unit compiles every query at start-up and NamedQueriesTest fails on a typo. Only JPQL put together at
 * run time stays inline: the public notices search ({@code BoardService.searchNotices}: the keyword and kind filters
 * are each optional, and the count and the page share the clause) and a party's own deals ({@code DealService.mine}: the
 * seller's or the buyer's field, by role). Native SQL is used where PostgreSQL is the point
 * (sequences, {@code for update skip locked}, {@code on conflict}, the board's indexed searches of {@code BoardQuery})
 * or the table has no entity (watchlist, bank debits, documents); plain JDBC writes the append-only logs (bid log,
 * audit trail, ledger) on the caller's connection.
 */
package cn.exchange.ejb.listing;
