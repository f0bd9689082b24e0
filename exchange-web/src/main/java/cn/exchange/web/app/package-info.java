/**
 * The top of the web module: the REST application class that names every resource ({@code ExchangeApi}), the role ×
 * endpoint × page matrix it serves ({@code SecurityMatrixResource}) and the system endpoint. It depends on every
 * feature package; nothing depends on it ({@code PackageCyclesTest}).
 */
package cn.exchange.web.app;
