package gotohotel.backend;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/** GotoHotel's backend: the guest, staff and operations API on one port. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
@EnableScheduling
public class GotoHotelApplication {

    public static void main(String[] args) {
        SpringApplication.run(GotoHotelApplication.class, args);
    }
}
