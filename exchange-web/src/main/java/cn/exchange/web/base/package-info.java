/**
 * The bottom of the web module, used by every page, endpoint and filter: a refusal as a problem response in the
 * caller's language ({@code Problems}, {@code ErrorMappers}), a request body JSON-B could not read described by its
 * field ({@code RequestBodies}, {@code Fills}), and the two languages ({@code Languages}). It depends on no other web
 * package ({@code PackageCyclesTest}).
 */
package cn.exchange.web.base;
