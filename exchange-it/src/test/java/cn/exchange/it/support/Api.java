package cn.exchange.it.support;

import cn.exchange.testkit.ApiClient;

import java.net.URL;

/**
 * The client-side tests' client of the exchange's REST API: the test kit's {@link ApiClient} (JSON in and out, an
 * optional bearer token, {@code Api.Answer}, {@code Api.json}) on the deployment's URL.
 */
public final class Api extends ApiClient {

    public Api(URL base) {
        super(base.toString());
    }

    private Api(ApiClient client) {
        super(client);
    }

    @Override
    public Api as(String token) {
        return new Api(super.as(token));
    }
}
