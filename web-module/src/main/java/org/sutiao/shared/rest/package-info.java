/** The JSON API's shell: application path, RFC 9457 problem responses, health. */
package org.sutiao.shared.rest;
