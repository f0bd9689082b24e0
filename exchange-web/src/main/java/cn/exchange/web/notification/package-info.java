/**
 * Notifications' pages and REST (issue 23): the inbox (站内信) and its unread count in every page's header, 忘记密码 by
 * e-mail (ask for a link, set the password through it), and the administrator's list of addresses given up.
 */
package cn.exchange.web.notification;
