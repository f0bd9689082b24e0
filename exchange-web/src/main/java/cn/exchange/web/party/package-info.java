/**
 * Pages and endpoints of parties and accounts: registration, sign-in, own account, staff review, administration.
 */
package cn.exchange.web.party;
