/** The agreement API: draft, document, signatures. */
package org.sutiao.agreements.rest;
