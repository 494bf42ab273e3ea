package io.credsync.vendor.genetec.api;

import java.util.LinkedHashMap;
import java.util.Map;

import io.credsync.model.credential.GrantParameters;

/**
 * A device as Clearance identifies it: {@code SerialNumber} + {@code Manufacturer} (from which it derives the device's
 * id, so they never change), with its model, common name and type.
 */
public record DeviceIdentity(String serialNumber, String manufacturer, String model, String commonName,
        String deviceType) {

    public static DeviceIdentity of(GrantParameters.Genetec grant) {
        return new DeviceIdentity(grant.serialNumber(), grant.manufacturer(), grant.model(), grant.commonName(),
                grant.deviceType());
    }

    /** The {@code DeviceId} / {@code DeviceIdentification} object of the request bodies. */
    Map<String, Object> json() {
        Map<String, Object> id = new LinkedHashMap<>();
        id.put("SerialNumber", serialNumber);
        id.put("Manufacturer", manufacturer);
        id.put("Model", model == null ? "" : model);
        id.put("CommonName", commonName == null ? "" : commonName);
        return id;
    }

    String type() {
        return deviceType == null || deviceType.isBlank() ? "BodyWornCamera" : deviceType;
    }
}
