/**
 * Documents the exchange produces as PDF with an embedded CJK font (announcement, contract, certificate, auction record
 * and result confirmation, reports), and the exchange's electronic seal (电子签章) that signs the certificate, the signed
 * contract, the auction record and the result confirmation ({@link cn.exchange.ejb.documents.ExchangeSeal}) and checks
 * an uploaded PDF's seal.
 */
package cn.exchange.ejb.documents;
