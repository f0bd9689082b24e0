/**
 * Pages and endpoints of supervision, all read-only: the supervisors' dashboard of red flags, the reports with their
 * chart and exports, a lot's trail in words and the replay of its auction (rule 21), and the open data for anyone
 * (README, "Supervision: trails, replay, reports, red flags and open data").
 */
package cn.exchange.web.supervision;
