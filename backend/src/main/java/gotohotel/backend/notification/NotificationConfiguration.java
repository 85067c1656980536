package gotohotel.backend.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NotificationChannel notificationChannel(NotificationProperties properties) {
        return "kakao".equalsIgnoreCase(properties.channel())
                ? new KakaoAlimTalkChannel(properties.kakao())
                : new LogChannel();
    }
}
