package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CacheHeadersFilterTest {

    @Test
    void versionedFacesResourcesAreKeptAYear() {
        assertEquals(CacheHeadersFilter.VERSIONED, CacheHeadersFilter.cacheControl(
                "/jakarta.faces.resource/theme.css.xhtml", "ln=primefaces-saga-blue&v=15.0.7"));
        assertEquals(CacheHeadersFilter.VERSIONED, CacheHeadersFilter.cacheControl(
                "/jakarta.faces.resource/core.js.xhtml", "v=15.0.7&ln=primefaces"));
    }

    @Test
    void unversionedResourcesAreRevalidatedAndPagesKeepTheirOwn() {
        assertEquals(CacheHeadersFilter.REVALIDATE,
                CacheHeadersFilter.cacheControl("/jakarta.faces.resource/css/sutiao.css.xhtml", null));
        assertEquals(CacheHeadersFilter.REVALIDATE,
                CacheHeadersFilter.cacheControl("/jakarta.faces.resource/css/sutiao.css.xhtml", "ln=x&dev=1"));
        assertNull(CacheHeadersFilter.cacheControl("/cases/case.xhtml", "id=1&v=2"));
    }

    @Test
    void theIconsAreKeptADay() {
        assertEquals(CacheHeadersFilter.ICON, CacheHeadersFilter.cacheControl("/favicon.ico", null));
        assertEquals(CacheHeadersFilter.ICON, CacheHeadersFilter.cacheControl("/resources/img/favicon.svg", null));
    }
}
