package org.pressroom.media;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where media files are kept (defaults in {@code application.yaml}).
 *
 * @param type {@code local}: under the data directory; {@code s3}: in an S3-compatible bucket
 * @param s3 the bucket, used when {@code type} is {@code s3}
 */
@ConfigurationProperties("pressroom.media.storage")
record StorageProperties(Type type, S3 s3) {

    enum Type { LOCAL, S3 }

    /**
     * @param bucket the bucket's name
     * @param endpoint the service's address for S3-compatible stores (MinIO, Ceph, Scaleway...); empty for AWS
     * @param region the region, e.g. {@code eu-west-1}
     * @param accessKey the access key; empty to use the AWS default chain (environment, instance role)
     * @param secretKey the secret key that goes with it
     * @param pathStyle addresses as {@code endpoint/bucket/key}, which most S3-compatible stores need
     * @param prefix a folder in the bucket under which Pressroom keeps its files, or empty
     */
    record S3(String bucket, URI endpoint, String region, String accessKey, String secretKey, boolean pathStyle,
              String prefix) {
    }
}
