/**
 * Listing use cases: project registration, batch import, publishing and changing listings, the scheduled end of
 * announcements, the public board and its feed.
 */
package cn.exchange.ejb.listing;
