package io.credsync.vendor.basip.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import javax.net.ssl.SSLSession;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PanelErrorsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // android panels: a text, the known ones with the door controller's codes
            "{\"error\":\"Log In\"}|invalid_authentication|Log In",
            "{\"error\":\"Administrator rights required\"}|permission_denied|Administrator rights required",
            "{\"error\":\"Wrong JSON body: no value for `lock`\"}||Wrong JSON body: no value for `lock`",
            // the door controller: its code and message, with the parameter named
            "{\"error\":{\"code\":\"permission_denied\",\"message\":\"Administrator rights required\",\"data\":{}}}"
                    + "|permission_denied|Administrator rights required",
            "{\"error\":{\"code\":\"not_valid\",\"message\":\"Wrong value\",\"data\":{\"param\":\"lock\"}}}"
                    + "|not_valid|Wrong value (lock)",
            // neither: the start of the body
            "<html>Bad Gateway</html>||<html>Bad Gateway</html>"})
    void shouldReadBothErrorShapes(String body, String code, String message) {
        var error = PanelErrors.read(answer(body));
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.message()).isEqualTo(message);
    }

    private static HttpResponse<String> answer(String body) {
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return 400;
            }

            @Override
            public HttpRequest request() {
                return HttpRequest.newBuilder(URI.create("http://panel")).build();
            }

            @Override
            public Optional<HttpResponse<String>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return HttpHeaders.of(Map.of(), (a, b) -> true);
            }

            @Override
            public String body() {
                return body;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return Optional.empty();
            }

            @Override
            public URI uri() {
                return URI.create("http://panel");
            }

            @Override
            public HttpClient.Version version() {
                return HttpClient.Version.HTTP_1_1;
            }
        };
    }
}
