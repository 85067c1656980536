package gotohotel.backend.mypage;

import gotohotel.backend.security.BearerToken;
import gotohotel.backend.security.GuestAccessTokens;
import gotohotel.backend.web.ApiException;
import gotohotel.shared.api.MyPageView;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The guest's my page, behind the order's access token; staff may rebuild the read model. */
@RestController
class MyPageController {

    private final MyPageRepository pages;
    private final GuestAccessTokens tokens;
    private final MyPageProjection projection;

    MyPageController(MyPageRepository pages, GuestAccessTokens tokens, MyPageProjection projection) {
        this.pages = pages;
        this.tokens = tokens;
        this.projection = projection;
    }

    @GetMapping("/api/mypages/{orderId}")
    MyPageView find(@PathVariable UUID orderId,
                           @RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String authorization) {
        if (!tokens.isTokenFor(orderId, BearerToken.from(authorization))) {
            throw ApiException.notFound("My page of order " + orderId);
        }
        return pages.findById(orderId).map(MyPage::view)
                .orElseThrow(() -> ApiException.notFound("My page of order " + orderId));
    }

    @PostMapping("/api/staff/mypages/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void rebuild() {
        projection.rebuild();
    }
}
