/**
 * The auction at run time (docs/rules.md §2, rules 20–25): {@link cn.exchange.ejb.auction.AuctionService} checks who may
 * bid or pause; {@link cn.exchange.ejb.auction.AuctionDesk} hands each command to its lot's
 * {@link cn.exchange.ejb.auction.LotWriter}, which applies it to the lot's engine from exchange-core and commits it,
 * with the other commands that arrived meanwhile, to the append-only bid log before anyone is answered;
 * {@link cn.exchange.ejb.auction.AuctionSweeper} lets time pass (ticks) and records results on the lots.
 */
package cn.exchange.ejb.auction;
