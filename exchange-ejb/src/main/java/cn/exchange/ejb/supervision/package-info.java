/**
 * Supervision use cases, read-only (README, "Supervision: trails, replay, reports, red flags and open data"): each
 * lot's facts gathered from the record for the reports and the red flags, the supervisors' search, a lot's transaction
 * trail with each audit record's link in the chain checked (rule 37), the report as XLSX, CSV or PDF, and the open data
 * for anyone, without personal data of natural persons.
 */
package cn.exchange.ejb.supervision;
