/** Fee pages: the public fee listing, the center's schedule publication, the fee panel of the case page. */
package org.sutiao.fees.web;
