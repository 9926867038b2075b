/// redline's version, as `redline --version` prints it and `/openapi.json` states it.
public enum RedlineVersion {
    public static let string = "0.16.0"
}
