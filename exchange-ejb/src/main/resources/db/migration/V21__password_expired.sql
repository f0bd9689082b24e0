-- Issue 21 item 12 (忘记密码, staff-assisted while the exchange sends no mail): a password the administrator set for a
-- person who forgot theirs is a one-time password; the account may do nothing but choose its own password until it
-- has (core/party/Account#resetPassword; enforced by web/security/PageAccessFilter and ApiAccessFilter).
alter table account add column password_expired boolean not null default false;
