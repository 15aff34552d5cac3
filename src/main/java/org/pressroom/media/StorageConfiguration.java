package org.pressroom.media;

import org.pressroom.system.DataDirectory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** The one media storage of this node: local files by default, an S3-compatible bucket when configured. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "")
    MediaStorage mediaStorage(StorageProperties properties, DataDirectory dataDirectory) {
        if (properties.type() != StorageProperties.Type.S3) {
            return new LocalMediaStorage(dataDirectory.resolve("media"));
        }
        StorageProperties.S3 s3 = properties.s3();
        if (s3 == null || s3.bucket() == null || s3.bucket().isBlank()) {
            throw new IllegalStateException("pressroom.media.storage.type is s3: set pressroom.media.storage.s3.bucket");
        }
        return new S3MediaStorage(client(s3), presigner(s3), s3.bucket(), s3.prefix(), dataDirectory.resolve("tmp/s3"));
    }

    /** Signs temporary download addresses with the same bucket settings as the client. */
    static S3Presigner presigner(StorageProperties.S3 s3) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region()))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(s3.pathStyle()).build());
        if (s3.endpoint() != null && !s3.endpoint().toString().isBlank()) {
            builder.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }

    static S3Client client(StorageProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder()
                .region(Region.of(s3.region() == null || s3.region().isBlank() ? "us-east-1" : s3.region()))
                .forcePathStyle(s3.pathStyle());
        if (s3.endpoint() != null && !s3.endpoint().toString().isBlank()) {
            builder.endpointOverride(s3.endpoint());
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
        return builder.build();
    }
}
