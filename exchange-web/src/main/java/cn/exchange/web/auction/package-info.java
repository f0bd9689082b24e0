/**
 * Pages and endpoints of the auction (docs/rules.md §2, rules 20–25): the bidding hall and its WebSocket push, with
 * each watcher's bounds; the bidding API; the staff's scheduling of sessions and their operator console (pause,
 * resume, annul with a reason); and a bidder's practice session (模拟竞价) on a made-up lot.
 */
package cn.exchange.web.auction;
