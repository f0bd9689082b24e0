/**
 * Documents the exchange produces as PDF with an embedded CJK font (announcements; later contracts and certificates).
 */
package cn.exchange.ejb.documents;
