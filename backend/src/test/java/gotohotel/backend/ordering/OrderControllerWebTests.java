package gotohotel.backend.ordering;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import gotohotel.backend.payment.PaymentUnavailableException;
import gotohotel.backend.payment.Payments;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The order API's error answers: RFC 9457 problem details with stable types and field errors. */
@WebMvcTest(OrderController.class)
class OrderControllerWebTests {

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private OrderService orders;
    @MockitoBean
    private Payments payments;
    @MockitoBean
    private StayChanges stayChanges;

    @Test
    void malformedJsonIsAProblemNamingTheBody() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{\"guestName\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:gotohotel:problem:validation-failed"))
                .andExpect(jsonPath("$.title").value("Invalid request"))
                .andExpect(jsonPath("$.errors[0].field").value("body"));
    }

    @Test
    void anImpossibleDateNamesItsField() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"roomType\":\"DELUXE\",\"checkIn\":\"2027-13-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("checkIn"));
    }

    @Test
    void unavailablePaymentIs503WithRetryAfter() throws Exception {
        given(orders.place(any(), any())).willThrow(new PaymentUnavailableException("down", Duration.ofSeconds(7)));

        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", "7"))
                .andExpect(jsonPath("$.type").value("urn:gotohotel:problem:payment-unavailable"));
    }

    @Test
    void oversizedBodiesAre413() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"guestName\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anIdempotencyKeyLongerThan255CharactersIs400AndNeverReachesTheService() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content("{}")
                        .header("Idempotency-Key", "k".repeat(256)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));

        verifyNoInteractions(orders);
    }

    @Test
    void aBadOrderIdIsAProblemToo() throws Exception {
        mvc.perform(get("/api/orders/not-a-uuid"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("orderId"));
    }
}
