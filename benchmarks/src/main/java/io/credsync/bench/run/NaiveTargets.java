package io.credsync.bench.run;

/**
 * Where the naive loop calls the vendors: the Jetstream API root (without {@code /3}) with its AccessKey, and the Seam
 * API root with its API key. The same simulators credsync's run uses.
 */
public record NaiveTargets(String jetstreamBaseUrl, String jetstreamAccessKey, String seamBaseUrl, String seamApiKey) {

    public NaiveTargets {
        jetstreamBaseUrl = jetstreamBaseUrl.replaceAll("/+$", "");
        seamBaseUrl = seamBaseUrl.replaceAll("/+$", "");
    }
}
